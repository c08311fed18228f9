# platform.uname(): five fields in its repr, six items (the processor last).
import platform

u = platform.uname()
print(len(u), type(u).__name__, len(tuple(u)), u[5] == u.processor, u[-1] == "", u[:2] == (u.system, u.node))
print(u.system == platform.system(), repr(u).startswith("uname_result(system="), "processor" in repr(u))
system, node, release, version, machine, proc = u
print(system == u[0], machine == platform.machine(), proc == platform.processor())
