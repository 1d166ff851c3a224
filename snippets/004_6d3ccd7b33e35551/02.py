import tensorflow as tf

with tf.compat.v1.variable_scope("outer_scope") as outer:
    with tf.compat.v1.variable_scope("inner_scope") as inner:
        var1 = tf.compat.v1.get_variable("my_var", shape=[1], dtype=tf.float32)

    with tf.compat.v1.variable_scope(inner, reuse=True):
        var2 = tf.compat.v1.get_variable("my_var")

    with tf.compat.v1.variable_scope(outer, reuse=True):
        with tf.compat.v1.variable_scope("inner_scope"):
            var3 = tf.compat.v1.get_variable("my_var")


sess = tf.compat.v1.Session()
sess.run(tf.compat.v1.global_variables_initializer())
print(sess.run([var1, var2, var3])) #Verify all point to the same variable.
sess.close()
