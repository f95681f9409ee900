// The C side of the "result" case: a call into an exported Go function, whose result cgo checks on return.
#include "_cgo_export.h"

void call_go_result(void) { (void)goResult(); }
