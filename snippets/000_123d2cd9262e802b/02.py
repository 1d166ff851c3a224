import tensorflow as tf

def create_variables_nested_scope():
  with tf.variable_scope("outer_scope"):
    with tf.variable_scope(None) as scope3:
      v3 = tf.get_variable("inner_variable", [1])
      print("Scope 3 name:", scope3.name)
    print("Variable 3 name:", v3.name)


create_variables_nested_scope()
