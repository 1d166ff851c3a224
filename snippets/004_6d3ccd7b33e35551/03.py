import tensorflow as tf

def create_layer(name, input_tensor):
    with tf.compat.v1.variable_scope(name) as scope:
        weights = tf.compat.v1.get_variable("weights", shape=[10,10], dtype=tf.float32)
        biases = tf.compat.v1.get_variable("biases", shape=[10], dtype=tf.float32)
        return tf.matmul(input_tensor, weights) + biases


input_tensor = tf.compat.v1.placeholder(tf.float32, shape=[None, 10])

layer1 = create_layer("my_layer", input_tensor)

with tf.compat.v1.variable_scope(tf.compat.v1.get_variable_scope(), reuse=True):
    layer2 = create_layer("my_layer", layer1)


sess = tf.compat.v1.Session()
sess.run(tf.compat.v1.global_variables_initializer())

# Verify that the weights and biases are the same across both layers.
weights1 = sess.run(tf.compat.v1.get_variable("my_layer/weights"))
weights2 = sess.run(tf.compat.v1.get_variable("my_layer/weights"))
print(np.allclose(weights1, weights2)) #Should print True

sess.close()
import numpy as np
