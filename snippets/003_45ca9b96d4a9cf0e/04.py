with tf.name_scope('ns'):
    with tf.variable_scope('vs'):
        v1 = tf.get_variable("v1", [1,0]) #v1.name = 'vs/v1:0'
        v2 = tf.Variable([2,0], name = 'v2') #v2.name= 'ns/vs/v2:0'
        v3 = v1 + v2 #v3.name = 'ns/vs/add:0'
