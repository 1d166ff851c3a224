# Package absl.testing.
