# Package absl (the parts of Abseil Python that TensorFlow's tests import).
