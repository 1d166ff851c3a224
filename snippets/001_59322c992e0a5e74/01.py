import tensorflow as tf

def my_dense_layer(inputs, units, scope_name):
    with tf.variable_scope(scope_name, reuse=tf.AUTO_REUSE):
        weights = tf.get_variable("weights", shape=[inputs.shape[-1], units],
                                  initializer=tf.random_normal_initializer())
        bias = tf.get_variable("bias", shape=[units],
                               initializer=tf.zeros_initializer())
        output = tf.matmul(inputs, weights) + bias
    return output

# Input placeholders
inputs1 = tf.placeholder(tf.float32, [None, 10])
inputs2 = tf.placeholder(tf.float32, [None, 10])


# First layer instance
layer1_output = my_dense_layer(inputs1, 20, "dense_layer")
# Second layer instance with same scope (shares variables)
layer2_output = my_dense_layer(inputs2, 20, "dense_layer")

with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    print("Layer 1 weights:", sess.run(tf.get_variable("dense_layer/weights")))
    print("Layer 2 weights:", sess.run(tf.get_variable("dense_layer/weights"))) #prints the same weights
