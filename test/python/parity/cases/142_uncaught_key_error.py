config = {"host": "localhost", "port": 8080}
for key in ["host", "port", "user"]:
    print(key, config[key])
