import tensorflow as tf

with tf.compat.v1.variable_scope("my_scope") as scope:
    var1 = tf.compat.v1.get_variable("my_var", shape=[1], dtype=tf.float32)

with tf.compat.v1.variable_scope(scope, reuse=True):
    var2 = tf.compat.v1.get_variable("my_var")

assert var1 == var2  # Verify that var1 and var2 point to the same variable

sess = tf.compat.v1.Session()
sess.run(tf.compat.v1.global_variables_initializer())
print(sess.run(var1))
print(sess.run(var2))
sess.close()
