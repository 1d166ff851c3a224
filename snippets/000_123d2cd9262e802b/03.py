import tensorflow as tf

def shared_layer(inputs, scope=None):
    with tf.variable_scope(scope, default_name="shared_layer"):
        w = tf.get_variable("weights", [inputs.shape[1], 10])
        b = tf.get_variable("biases", [10])
        output = tf.matmul(inputs, w) + b
        return output

def model(input1, input2):
  output1 = shared_layer(input1)
  output2 = shared_layer(input2, scope="shared_layer") # Explicit name reuse
  output3 = shared_layer(input1) #No scope so creates a new scope
  return output1, output2, output3

input1_placeholder = tf.placeholder(tf.float32, shape=[None, 20])
input2_placeholder = tf.placeholder(tf.float32, shape=[None, 20])

output1_op, output2_op, output3_op  = model(input1_placeholder, input2_placeholder)


with tf.Session() as sess:
  sess.run(tf.global_variables_initializer())
  print(sess.run(tf.report_uninitialized_variables()))

  print("Layer 1 Output:", output1_op.name)
  print("Layer 2 Output:", output2_op.name)
  print("Layer 3 Output:", output3_op.name)
