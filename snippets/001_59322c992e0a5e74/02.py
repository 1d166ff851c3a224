import tensorflow as tf

with tf.name_scope("my_operations"):
    a = tf.constant(5, name="const_a")
    b = tf.constant(10, name="const_b")
    c = tf.add(a, b, name="add_c")
    d = tf.multiply(c, 2, name = "multiply_d")

print(a.name)
print(b.name)
print(c.name)
print(d.name)

with tf.Session() as sess:
   print(sess.run(d))
