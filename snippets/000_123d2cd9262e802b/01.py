import tensorflow as tf

def create_variables_no_scope():
  with tf.variable_scope(None) as scope1:
    v1 = tf.get_variable("my_variable", [1])
    print("Scope 1 name:", scope1.name)

  with tf.variable_scope(None) as scope2:
    v2 = tf.get_variable("my_variable", [1])
    print("Scope 2 name:", scope2.name)

  print("Variable 1 name:", v1.name)
  print("Variable 2 name:", v2.name)


create_variables_no_scope()
