// A traceback function and a symbolizer for runtime.SetCgoTraceback, about as small as they can be on
// linux/amd64 with glibc: libgcc's unwinder walks the stack the signal interrupted, and each address is
// named from the executable's ELF symbol table. The unwinder is not async-signal-safe; the fault-modes
// page says what that risks.
#define _GNU_SOURCE
#include <elf.h>
#include <fcntl.h>
#include <stdint.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>
#include <ucontext.h>
#include <unwind.h>

// The argument layouts documented at runtime.SetCgoTraceback.
struct traceback_arg {
	uintptr_t context;
	uintptr_t sig_context;
	uintptr_t *buf;
	uintptr_t max;
};

struct symbolizer_arg {
	uintptr_t pc;
	const char *file;
	uintptr_t lineno;
	const char *func;
	uintptr_t entry;
	uintptr_t more;
	uintptr_t data;
};

struct walk {
	uintptr_t interrupted; // the PC the signal stopped; frames above it are the handler's own
	struct traceback_arg *arg;
	uintptr_t n;
};

static _Unwind_Reason_Code record_frame(struct _Unwind_Context *ctx, void *data) {
	struct walk *w = data;
	int before_insn = 0;
	uintptr_t pc = _Unwind_GetIPInfo(ctx, &before_insn);
	if (w->n == 0 && pc != w->interrupted) return _URC_NO_REASON; // still in the signal handler
	if (w->n + 1 >= w->arg->max) return _URC_END_OF_STACK;        // keep room for the 0 that ends buf
	// A return address points after its call, perhaps past the end of a function that never returns;
	// pc-1 is inside the call, so dladdr names the caller. The interrupted frame's PC is exact.
	uintptr_t at = (w->n == 0 || before_insn) ? pc : pc - 1;
	w->arg->buf[w->n] = at;
	w->n++;
	return _URC_NO_REASON;
}

// Called by the runtime from its signal handler while a goroutine was in C or Rust code (context is
// always 0 here: the program registers no context function).
void interlock_traceback(void *p) {
	struct traceback_arg *arg = p;
	arg->buf[0] = 0;
	if (arg->sig_context == 0) return;
	ucontext_t *uc = (ucontext_t *)arg->sig_context;
	struct walk w = {(uintptr_t)uc->uc_mcontext.gregs[REG_RIP], arg, 0};
	_Unwind_Backtrace(record_frame, &w); // stops at the first frame without unwind data: Go's asmcgocall
	arg->buf[w.n] = 0;
}

// The program's own symbol table (.symtab), mapped once: the dynamic table that dladdr reads lists only
// exported functions, and Rust's inner functions are local symbols. Only system calls here (open, fstat,
// mmap), no malloc: the runtime may call the symbolizer while printing a crash.
static const unsigned char *image;
static const Elf64_Sym *symbols;
static size_t symbol_count;
static const char *symbol_names;

static void map_symbol_table(void) {
	int fd = open("/proc/self/exe", O_RDONLY);
	struct stat st;
	if (fd < 0 || fstat(fd, &st) != 0) return;
	const unsigned char *file = mmap(0, st.st_size, PROT_READ, MAP_PRIVATE, fd, 0);
	close(fd);
	if (file == MAP_FAILED) return;
	const Elf64_Ehdr *eh = (const Elf64_Ehdr *)file;
	const Elf64_Shdr *sections = (const Elf64_Shdr *)(file + eh->e_shoff);
	for (int i = 0; i < eh->e_shnum; i++) {
		if (sections[i].sh_type != SHT_SYMTAB) continue;
		symbols = (const Elf64_Sym *)(file + sections[i].sh_offset);
		symbol_count = sections[i].sh_size / sizeof(Elf64_Sym);
		symbol_names = (const char *)(file + sections[sections[i].sh_link].sh_offset);
	}
	image = file;
}

void interlock_symbolizer(void *p) {
	struct symbolizer_arg *arg = p;
	arg->file = 0;
	arg->lineno = 0;
	arg->func = 0;
	arg->entry = 0;
	arg->more = 0;
	if (arg->pc == 0) return; // the runtime's "done" call: nothing to release
	// Two threads may both map the table the first time; the second mapping is merely left unused.
	if (image == 0) map_symbol_table();
	// Go links a non-PIE executable by default, so a symbol's value is its address in memory.
	for (size_t i = 0; i < symbol_count; i++) {
		const Elf64_Sym *s = &symbols[i];
		if (ELF64_ST_TYPE(s->st_info) != STT_FUNC || s->st_size == 0) continue;
		if (arg->pc >= s->st_value && arg->pc < s->st_value + s->st_size) {
			arg->func = symbol_names + s->st_name;
			arg->entry = s->st_value;
			return;
		}
	}
}
