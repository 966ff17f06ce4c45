// Corpus fidelity tests go here.
