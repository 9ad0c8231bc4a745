// glibc's malloc tuning (`mallopt`); other C libraries have no <malloc.h> and the module is then empty.
#if __has_include(<malloc.h>)
#include <malloc.h>
#endif
