import uuid, random
u = uuid.UUID('12345678-1234-5678-1234-567812345678')
print(u, repr(u), u.hex, u.int, u.bytes, u.bytes_le, u.fields, u.urn, u.version, u.variant, u.time, u.clock_seq, u.node)
print(uuid.UUID('{12345678-1234-5678-1234-567812345678}') == u, uuid.UUID(bytes=u.bytes) == u, uuid.UUID(bytes_le=u.bytes_le) == u, uuid.UUID(int=u.int) == u, uuid.UUID(fields=u.fields) == u)
print(uuid.UUID('urn:uuid:12345678123456781234567812345678'), uuid.NAMESPACE_DNS, uuid.UUID(int=5, version=4))
for bad in [lambda: uuid.UUID('xyz'), lambda: uuid.UUID('g' * 32), lambda: uuid.UUID(), lambda: uuid.UUID(int=-1), lambda: setattr(u, 'x', 1), lambda: uuid.UUID(bytes=b'1')]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
random.seed(0)
a = uuid.uuid4()
random.seed(0)
b = uuid.uuid4()
print(a != b, a.version, a.variant, len(str(a)), str(a)[14], type(a).__name__)
v1 = uuid.uuid1()
print(v1.version, v1.variant, uuid.uuid1() != v1, sorted([u, uuid.UUID(int=0)])[0])
print(hash(u) == hash(uuid.UUID(str(u))), int(u) == u.int, str(uuid.uuid4()).count('-'))
