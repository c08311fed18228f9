"""pickle: the built-in value types to CPython's own pickle bytes and back.

Design: Pickler writes what CPython's C pickler (_pickle.c) writes, byte
for byte, for None, bools, ints, floats, str, bytes, bytearray, tuples,
lists, dicts, sets and frozensets, in every protocol (0 to 5, 4 by
default): the same opcodes, the same memo (objects met again, by
identity, are fetched back with GET), the same batches of 1000 items and
the same 64 KiB frames in protocols 4 and up. Where the older protocols
have no opcode for a type (bytes before 3, sets before 4) CPython pickles
a call of a global (`_codecs.encode`, `builtins.set`) and so does this
module. Instances of other classes raise PicklingError: rebuilding them
would need the class looked up by name at run time, which compiled
programs cannot do. Unpickler reads any pickle of those types, whatever
wrote it.
"""
import struct as _struct
from io import BytesIO as _BytesIO

HIGHEST_PROTOCOL = 5
DEFAULT_PROTOCOL = 4
format_version = '4.0'
compatible_formats = ['1.0', '1.1', '1.2', '1.3', '2.0', '3.0', '4.0', '5.0']


class PickleError(Exception):
    pass


class PicklingError(PickleError):
    pass


class UnpicklingError(PickleError):
    pass


# The opcodes (pickletools documents each one).
MARK = b'('
STOP = b'.'
POP = b'0'
POP_MARK = b'1'
DUP = b'2'
FLOAT = b'F'
INT = b'I'
BININT = b'J'
BININT1 = b'K'
LONG = b'L'
BININT2 = b'M'
NONE = b'N'
REDUCE = b'R'
UNICODE = b'V'
BINUNICODE = b'X'
APPEND = b'a'
GLOBAL = b'c'
DICT = b'd'
EMPTY_DICT = b'}'
APPENDS = b'e'
GET = b'g'
BINGET = b'h'
LONG_BINGET = b'j'
LIST = b'l'
EMPTY_LIST = b']'
PUT = b'p'
BINPUT = b'q'
LONG_BINPUT = b'r'
SETITEM = b's'
TUPLE = b't'
EMPTY_TUPLE = b')'
SETITEMS = b'u'
BINFLOAT = b'G'
PROTO = b'\x80'
NEWTRUE = b'\x88'
NEWFALSE = b'\x89'
LONG1 = b'\x8a'
LONG4 = b'\x8b'
TUPLE1 = b'\x85'
TUPLE2 = b'\x86'
TUPLE3 = b'\x87'
BINBYTES = b'B'
SHORT_BINBYTES = b'C'
SHORT_BINUNICODE = b'\x8c'
BINUNICODE8 = b'\x8d'
BINBYTES8 = b'\x8e'
EMPTY_SET = b'\x8f'
ADDITEMS = b'\x90'
FROZENSET = b'\x91'
STACK_GLOBAL = b'\x93'
MEMOIZE = b'\x94'
FRAME = b'\x95'
BYTEARRAY8 = b'\x96'

_BATCH = 1000
_FRAME_TARGET = 64 * 1024
# A frame shorter than this is not worth its 9-byte header: dropped.
_FRAME_MIN = 4


def _byte(n):
    return n.to_bytes(1, 'little')


def _u32(n):
    return n.to_bytes(4, 'little')


def _u64(n):
    return n.to_bytes(8, 'little')


def _text_escape(text):
    """Protocol 0's text form of a str: raw-unicode-escape, with the
    characters that would end or mangle the line escaped too."""
    out = bytearray()
    for c in text:
        point = ord(c)
        if point >= 0x10000:
            out += b'\\U%08x' % point
        elif point >= 0x100 or c in '\\\x00\n\r\x1a':
            out += b'\\u%04x' % point
        else:
            out.append(point)
    return bytes(out)


def _text_unescape(data):
    """raw-unicode-escape decoding: \\uXXXX and \\UXXXXXXXX escapes, every
    other byte a Latin-1 character."""
    text = data.decode('latin-1')
    pieces = []
    at = 0
    while True:
        found = text.find('\\', at)
        size = 0
        if found >= 0 and found + 1 < len(text):
            size = {'u': 4, 'U': 8}.get(text[found + 1], 0)
        if found < 0:
            pieces.append(text[at:])
            return ''.join(pieces)
        if size == 0:
            pieces.append(text[at:found + 1])
            at = found + 1
            continue
        digits = text[found + 2:found + 2 + size]
        if len(digits) < size:
            raise UnpicklingError('truncated \\%sXXXX escape' % text[found + 1])
        pieces.append(text[at:found] + chr(int(digits, 16)))
        at = found + 2 + size


class _Global:
    """A module-level callable as CPython's pickles name it: the two
    spellings are protocol 3's and, through _compat_pickle's renaming,
    protocol 0-2's."""

    def __init__(self, module, name, old_module):
        self.module = module
        self.name = name
        self.old_module = old_module


_SET = _Global('builtins', 'set', '__builtin__')
_FROZENSET = _Global('builtins', 'frozenset', '__builtin__')
_BYTES = _Global('builtins', 'bytes', '__builtin__')
_BYTEARRAY = _Global('builtins', 'bytearray', '__builtin__')
_ENCODE = _Global('_codecs', 'encode', '_codecs')


class Pickler:
    def __init__(self, file, protocol=None, *, fix_imports=True, buffer_callback=None):
        if protocol is None:
            protocol = DEFAULT_PROTOCOL
        if protocol < 0:
            protocol = HIGHEST_PROTOCOL
        elif protocol > HIGHEST_PROTOCOL:
            raise ValueError('pickle protocol must be <= %d' % HIGHEST_PROTOCOL)
        self._file = file
        self.proto = protocol
        self.bin = protocol >= 1
        self.fast = 0
        self._memo = {}
        # What the memo refers to is kept alive, so its ids stay unique.
        self._kept = []
        self._done = bytearray()
        self._frame = None

    def clear_memo(self):
        self._memo = {}
        self._kept = []

    def dump(self, obj):
        self._done = bytearray()
        if self.proto >= 2:
            self._done += PROTO + _byte(self.proto)
        if self.proto >= 4:
            self._frame = bytearray()
        self._save(obj)
        self._write(STOP)
        self._commit_frame()
        self._file.write(bytes(self._done))

    # --- Output, in frames from protocol 4 on ---

    def _write(self, data):
        if self._frame is None:
            self._done += data
        else:
            self._frame += data

    def _commit_frame(self):
        if self._frame is None:
            return
        if len(self._frame) >= _FRAME_MIN:
            self._done += FRAME + _u64(len(self._frame))
        self._done += self._frame
        self._frame = bytearray()

    def _boundary(self):
        """Between opcodes: a frame grown past the target size ends."""
        if self._frame is not None and len(self._frame) >= _FRAME_TARGET:
            self._commit_frame()

    def _write_payload(self, header, payload):
        """An opcode with its payload; a large one goes outside the frames,
        header and all, as CPython writes it without copying."""
        if self._frame is not None and len(payload) >= _FRAME_TARGET:
            self._commit_frame()
            self._done += header + payload
        else:
            self._write(header + payload)

    # --- The memo ---

    def _memo_put(self, obj):
        index = len(self._memo)
        self._memo[id(obj)] = index
        self._kept.append(obj)
        if self.proto >= 4:
            self._write(MEMOIZE)
        elif self.bin:
            self._write(BINPUT + _byte(index) if index < 256 else LONG_BINPUT + _u32(index))
        else:
            self._write(PUT + str(index).encode('ascii') + b'\n')

    def _memo_get(self, index):
        if not self.bin:
            self._write(GET + str(index).encode('ascii') + b'\n')
        elif index < 256:
            self._write(BINGET + _byte(index))
        else:
            self._write(LONG_BINGET + _u32(index))

    # --- Values ---

    def _save(self, obj):
        self._save_value(obj)
        self._boundary()

    def _save_value(self, obj):
        kind = type(obj)
        if obj is None:
            self._write(NONE)
        elif kind is bool:
            self._save_bool(obj)
        elif kind is int:
            self._save_int(obj)
        elif kind is float:
            self._write(BINFLOAT + _struct.pack('>d', obj) if self.bin
                        else FLOAT + repr(obj).encode('ascii') + b'\n')
        elif id(obj) in self._memo and kind in (str, bytes, bytearray, tuple, list, dict, set, frozenset):
            self._memo_get(self._memo[id(obj)])
        elif kind is str:
            self._save_str(obj)
        elif kind is bytes:
            self._save_bytes(obj)
        elif kind is bytearray:
            self._save_bytearray(obj)
        elif kind is tuple:
            self._save_tuple(obj)
        elif kind is list:
            self._save_list(obj)
        elif kind is dict:
            self._save_dict(obj)
        elif kind is set:
            self._save_set(obj)
        elif kind is frozenset:
            self._save_frozenset(obj)
        else:
            raise PicklingError("ingot cannot pickle '%s' objects" % kind.__name__)

    def _save_bool(self, obj):
        if self.proto >= 2:
            self._write(NEWTRUE if obj else NEWFALSE)
        else:
            self._write(b'I01\n' if obj else b'I00\n')

    def _save_int(self, obj):
        if -0x80000000 <= obj <= 0x7fffffff:
            if not self.bin:
                self._write(INT + str(obj).encode('ascii') + b'\n')
            elif 0 <= obj <= 0xff:
                self._write(BININT1 + _byte(obj))
            elif 0 <= obj <= 0xffff:
                self._write(BININT2 + obj.to_bytes(2, 'little'))
            else:
                self._write(BININT + (obj & 0xffffffff).to_bytes(4, 'little'))
        elif self.proto >= 2:
            size = abs(obj).bit_length() // 8 + 1
            data = (obj % (1 << 8 * size)).to_bytes(size, 'little')  # two's complement
            # The size of |obj| may leave a redundant sign byte of a
            # negative number: CPython drops it.
            if obj < 0 and size > 1 and data[-1] == 0xff and data[-2] & 0x80:
                data = data[:-1]
            if len(data) < 256:
                self._write(LONG1 + _byte(len(data)) + data)
            else:
                self._write(LONG4 + _u32(len(data)) + data)
        else:
            self._write(LONG + repr(obj).encode('ascii') + b'L\n')

    def _save_str(self, obj):
        if not self.bin:
            self._write(UNICODE + _text_escape(obj) + b'\n')
        else:
            data = obj.encode('utf-8', 'surrogatepass')
            if self.proto >= 4 and len(data) < 256:
                self._write(SHORT_BINUNICODE + _byte(len(data)) + data)
            elif self.proto >= 4 and len(data) > 0xffffffff:
                self._write_payload(BINUNICODE8 + _u64(len(data)), data)
            else:
                self._write_payload(BINUNICODE + _u32(len(data)), data)
        self._memo_put(obj)

    def _save_bytes(self, obj):
        if self.proto < 3:
            # Older protocols have no bytes opcode: CPython pickles
            # bytes() or _codecs.encode(text, 'latin1').
            if not obj:
                self._save_reduce(_BYTES, (), obj)
            else:
                self._save_reduce(_ENCODE, (obj.decode('latin-1'), 'latin1'), obj)
            return
        if len(obj) < 256:
            self._write(SHORT_BINBYTES + _byte(len(obj)) + obj)
        elif len(obj) <= 0xffffffff:
            self._write_payload(BINBYTES + _u32(len(obj)), obj)
        else:
            self._write_payload(BINBYTES8 + _u64(len(obj)), obj)
        self._memo_put(obj)

    def _save_bytearray(self, obj):
        if self.proto < 5:
            self._save_reduce(_BYTEARRAY, (bytes(obj),), obj)
            return
        self._write_payload(BYTEARRAY8 + _u64(len(obj)), bytes(obj))
        self._memo_put(obj)

    def _save_tuple(self, obj):
        if not obj:
            self._write(EMPTY_TUPLE if self.bin else MARK + TUPLE)
            return
        if len(obj) <= 3 and self.proto >= 2:
            for item in obj:
                self._save(item)
            if id(obj) in self._memo:  # reached again through an item
                self._write(POP * len(obj))
                self._memo_get(self._memo[id(obj)])
                return
            self._write((TUPLE1, TUPLE2, TUPLE3)[len(obj) - 1])
        else:
            self._write(MARK)
            for item in obj:
                self._save(item)
            if id(obj) in self._memo:
                self._write(POP_MARK if self.bin else POP * (len(obj) + 1))
                self._memo_get(self._memo[id(obj)])
                return
            self._write(TUPLE)
        self._memo_put(obj)

    def _save_list(self, obj):
        self._write(EMPTY_LIST if self.bin else MARK + LIST)
        self._memo_put(obj)
        if not self.bin:
            for item in obj:
                self._save(item)
                self._write(APPEND)
        elif len(obj) == 1:
            self._save(obj[0])
            self._write(APPEND)
        elif obj:
            self._batches(obj, APPENDS)

    def _batches(self, items, opcode):
        """MARK, up to 1000 items, the opcode that adds them; again."""
        items = list(items)
        for start in range(0, len(items), _BATCH):
            self._write(MARK)
            for item in items[start:start + _BATCH]:
                self._save(item)
            self._write(opcode)

    def _save_dict(self, obj):
        self._write(EMPTY_DICT if self.bin else MARK + DICT)
        self._memo_put(obj)
        if not self.bin or len(obj) == 1:
            for key in obj:
                self._save(key)
                self._save(obj[key])
                self._write(SETITEM)
            return
        keys = list(obj)
        for start in range(0, len(keys), _BATCH):
            self._write(MARK)
            for key in keys[start:start + _BATCH]:
                self._save(key)
                self._save(obj[key])
            self._write(SETITEMS)

    def _save_set(self, obj):
        if self.proto < 4:
            self._save_reduce(_SET, (list(obj),), obj)
            return
        self._write(EMPTY_SET)
        self._memo_put(obj)
        if obj:
            self._batches(obj, ADDITEMS)

    def _save_frozenset(self, obj):
        if self.proto < 4:
            self._save_reduce(_FROZENSET, (list(obj),), obj)
            return
        self._write(MARK)
        for item in obj:
            self._save(item)
        if id(obj) in self._memo:
            self._write(POP_MARK)
            self._memo_get(self._memo[id(obj)])
            return
        self._write(FROZENSET)
        self._memo_put(obj)

    def _save_global(self, function):
        if id(function) in self._memo:
            self._memo_get(self._memo[id(function)])
            return
        if self.proto >= 4:
            self._save(function.module)
            self._save(function.name)
            self._write(STACK_GLOBAL)
        else:
            module = function.module if self.proto >= 3 else function.old_module
            self._write(GLOBAL + module.encode('ascii') + b'\n' + function.name.encode('ascii') + b'\n')
        self._memo_put(function)

    def _save_reduce(self, function, args, obj):
        """obj as CPython pickles a __reduce__ value: the callable, its
        arguments, REDUCE."""
        self._save_global(function)
        self._save(args)
        self._write(REDUCE)
        self._memo_put(obj)


def _rebuild(module, name, args):
    """What REDUCE makes of the globals ingot's types pickle as."""
    if module in ('builtins', '__builtin__') and name in ('set', 'frozenset', 'bytes', 'bytearray'):
        items = args[0] if args else []
        if name == 'set':
            return set(items)
        if name == 'frozenset':
            return frozenset(items)
        data = b''
        if isinstance(items, str):
            data = items.encode(args[1])
        elif isinstance(items, bytes):
            data = items
        return data if name == 'bytes' else bytearray(data)
    if module in ('_codecs', 'codecs') and name == 'encode':
        text = args[0]
        return text.encode(args[1])
    raise UnpicklingError("ingot cannot unpickle a call of %s.%s" % (module, name))


class _Mark:
    pass


class Unpickler:
    def __init__(self, file, *, fix_imports=True, encoding='ASCII', errors='strict', buffers=None):
        self._file = file

    def load(self):
        self._data = b''
        self._at = 0
        self._read_more = True
        self._stack = []
        self._marks = []
        self._memo = {}
        first = self._file.read(1)
        if not first:
            raise EOFError('Ran out of input')
        self._data = first
        while True:
            op = self._read(1)
            if op == STOP:
                return self._stack.pop()
            self._step(op)

    def _read(self, n):
        """n bytes, from the frame read ahead or else from the file; never
        past the pickle's end, so the next one can be loaded after it."""
        while len(self._data) - self._at < n:
            more = self._file.read(n - (len(self._data) - self._at))
            if not more:
                raise UnpicklingError('pickle data was truncated')
            self._data = self._data[self._at:] + more
            self._at = 0
        piece = self._data[self._at:self._at + n]
        self._at += n
        return piece

    def _readline(self):
        line = bytearray()
        while True:
            c = self._read(1)
            if c == b'\n':
                return bytes(line)
            line += c

    def _pop_mark(self):
        mark = self._marks.pop()
        items = self._stack[mark:]
        del self._stack[mark:]
        return items

    def _step(self, op):
        stack = self._stack
        if op == PROTO:
            proto = self._read(1)[0]
            if proto > HIGHEST_PROTOCOL:
                raise ValueError('unsupported pickle protocol: %d' % proto)
        elif op == FRAME:
            # The whole frame is read at once, as CPython reads it.
            frame = self._read(int.from_bytes(self._read(8), 'little'))
            self._data = self._data[self._at:] + frame
            self._at = 0
        elif op == NONE:
            stack.append(None)
        elif op == NEWTRUE or op == NEWFALSE:
            stack.append(op == NEWTRUE)
        elif op == INT:
            line = self._readline()
            stack.append(True if line == b'01' else False if line == b'00' else int(line.decode('ascii')))
        elif op == BININT:
            stack.append(int.from_bytes(self._read(4), 'little', signed=True))
        elif op == BININT1:
            stack.append(self._read(1)[0])
        elif op == BININT2:
            stack.append(int.from_bytes(self._read(2), 'little'))
        elif op == LONG:
            stack.append(int(self._readline().decode('ascii').rstrip('L')))
        elif op == LONG1 or op == LONG4:
            size = self._read(1)[0] if op == LONG1 else int.from_bytes(self._read(4), 'little')
            stack.append(int.from_bytes(self._read(size), 'little', signed=True))
        elif op == FLOAT:
            stack.append(float(self._readline().decode('ascii')))
        elif op == BINFLOAT:
            stack.append(_struct.unpack('>d', self._read(8))[0])
        elif op == UNICODE:
            stack.append(_text_unescape(self._readline()))
        elif op in (SHORT_BINUNICODE, BINUNICODE, BINUNICODE8):
            stack.append(self._read(self._size(op, SHORT_BINUNICODE, BINUNICODE)).decode('utf-8', 'surrogatepass'))
        elif op in (SHORT_BINBYTES, BINBYTES, BINBYTES8):
            stack.append(self._read(self._size(op, SHORT_BINBYTES, BINBYTES)))
        elif op == BYTEARRAY8:
            stack.append(bytearray(self._read(int.from_bytes(self._read(8), 'little'))))
        else:
            self._step_structure(op)

    def _size(self, op, short, four):
        if op == short:
            return self._read(1)[0]
        return int.from_bytes(self._read(4 if op == four else 8), 'little')

    def _step_structure(self, op):
        stack = self._stack
        if op == MARK:
            self._marks.append(len(stack))
        elif op == POP:
            if self._marks and self._marks[-1] == len(stack):
                self._marks.pop()
            else:
                stack.pop()
        elif op == POP_MARK:
            self._pop_mark()
        elif op == DUP:
            stack.append(stack[-1])
        elif op == EMPTY_TUPLE:
            stack.append(())
        elif op in (TUPLE1, TUPLE2, TUPLE3):
            size = {TUPLE1: 1, TUPLE2: 2, TUPLE3: 3}[op]
            items = tuple(stack[len(stack) - size:])
            del stack[len(stack) - size:]
            stack.append(items)
        elif op == TUPLE:
            stack.append(tuple(self._pop_mark()))
        elif op == EMPTY_LIST:
            stack.append([])
        elif op == LIST:
            stack.append(self._pop_mark())
        elif op == APPEND:
            item = stack.pop()
            stack[-1].append(item)
        elif op == APPENDS:
            items = self._pop_mark()
            stack[-1].extend(items)
        elif op == EMPTY_DICT:
            stack.append({})
        elif op == DICT:
            items = self._pop_mark()
            stack.append({items[i]: items[i + 1] for i in range(0, len(items), 2)})
        elif op == SETITEM:
            value = stack.pop()
            key = stack.pop()
            stack[-1][key] = value
        elif op == SETITEMS:
            items = self._pop_mark()
            for i in range(0, len(items), 2):
                stack[-1][items[i]] = items[i + 1]
        elif op == EMPTY_SET:
            stack.append(set())
        elif op == ADDITEMS:
            items = self._pop_mark()
            stack[-1].update(items)
        elif op == FROZENSET:
            stack.append(frozenset(self._pop_mark()))
        else:
            self._step_memo(op)

    def _step_memo(self, op):
        stack = self._stack
        if op == MEMOIZE:
            self._memo[len(self._memo)] = stack[-1]
        elif op == PUT:
            self._memo[int(self._readline().decode('ascii'))] = stack[-1]
        elif op == BINPUT:
            self._memo[self._read(1)[0]] = stack[-1]
        elif op == LONG_BINPUT:
            self._memo[int.from_bytes(self._read(4), 'little')] = stack[-1]
        elif op in (GET, BINGET, LONG_BINGET):
            if op == GET:
                index = int(self._readline().decode('ascii'))
            elif op == BINGET:
                index = self._read(1)[0]
            else:
                index = int.from_bytes(self._read(4), 'little')
            if index not in self._memo:
                raise UnpicklingError('Memo value not found at index %d' % index)
            stack.append(self._memo[index])
        elif op == GLOBAL:
            module = self._readline().decode('utf-8')
            name = self._readline().decode('utf-8')
            stack.append((module, name))
        elif op == STACK_GLOBAL:
            name = stack.pop()
            module = stack.pop()
            stack.append((module, name))
        elif op == REDUCE:
            args = stack.pop()
            module, name = stack.pop()
            stack.append(_rebuild(module, name, args))
        else:
            key = op[0]
            shown = chr(key) if 0x20 <= key < 0x7f else '\\x%02x' % key
            raise UnpicklingError("invalid load key, '%s'." % shown)


def dump(obj, file, protocol=None, *, fix_imports=True, buffer_callback=None):
    Pickler(file, protocol).dump(obj)


def dumps(obj, protocol=None, *, fix_imports=True, buffer_callback=None):
    out = _BytesIO()
    Pickler(out, protocol).dump(obj)
    return out.getvalue()


def load(file, *, fix_imports=True, encoding='ASCII', errors='strict', buffers=None):
    return Unpickler(file).load()


def loads(data, *, fix_imports=True, encoding='ASCII', errors='strict', buffers=None):
    if isinstance(data, str):
        raise TypeError("a bytes-like object is required, not 'str'")
    return Unpickler(_BytesIO(bytes(data))).load()
