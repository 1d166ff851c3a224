import os.path
import os

print(os.path.join("a", "b", "c.txt"), os.path.join("/root", "x"), os.path.join("a", "/abs"))
print(os.path.basename("/tmp/dir/file.py"), os.path.dirname("/tmp/dir/file.py"))
print(os.path.splitext("archive.tar.gz"), os.path.split("/a/b/c"))
print(os.path.normpath("a/./b/../c"), os.sep)
