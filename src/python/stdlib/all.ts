// Registers every standard-library module (each file calls defineStdlib when evaluated).
