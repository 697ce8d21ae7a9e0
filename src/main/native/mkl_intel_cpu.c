/*
 * MKL, linked into libtorch's CPU library, asks this function whether the processor is
 * Intel's before it picks its kernels; the answer "yes" lets it choose by the processor's
 * features instead. Why, and when DeepCanvas loads it: runtime/MklOnAmd.java.
 */
int mkl_serv_intel_cpu_true(void) { return 1; }
