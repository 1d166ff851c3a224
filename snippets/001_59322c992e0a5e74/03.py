import tensorflow as tf


def my_complex_layer(inputs, units, scope_name):
    with tf.name_scope("complex_ops"):
      with tf.variable_scope(scope_name, reuse=tf.AUTO_REUSE):
        weights = tf.get_variable("weights", shape=[inputs.shape[-1], units],
                                 initializer=tf.random_normal_initializer())
        bias = tf.get_variable("bias", shape=[units],
                               initializer=tf.zeros_initializer())
        output = tf.matmul(inputs, weights) + bias
    return output

inputs = tf.placeholder(tf.float32, [None, 10])
layer_output = my_complex_layer(inputs, 20, "complex_layer")

with tf.Session() as sess:
  sess.run(tf.global_variables_initializer())
  print(layer_output)
  print(tf.get_variable("complex_layer/weights"))
