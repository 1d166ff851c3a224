data = {
    "users": [
        {"name": "ann", "roles": ["admin", "dev"], "age": 31},
        {"name": "bob", "roles": [], "age": 25},
    ],
    "meta": {"count": 2, "tags": ("x", "y")},
}
print(data["users"][0]["roles"][1], data["meta"]["tags"][-1])
print([u["name"] for u in data["users"] if u["roles"]])
print(sorted(data["users"], key=lambda u: u["age"])[0]["name"])
print(data)
print(sum(u["age"] for u in data["users"]) / len(data["users"]))
