#include "runtime/traceback.h"

#include <gtest/gtest.h>

#include <deque>

#include "runtime/test_support.h"

namespace ingot::rt {
namespace {

// Each program runs under python3 (its stderr is the expectation) with an
// excepthook that also reports every traceback entry's position and the
// caret anchors CPython computes, so the test can rebuild the same
// exception chain from runtime objects and print it.
constexpr std::string_view kDriver = R"(
import os, subprocess, tempfile
HOOK = '''
import sys, traceback
def _hook(t, v, tb):
    sys.__excepthook__(t, v, tb)
    out = open(sys.argv[1], 'w')
    e = v
    while e is not None:
        link = 'cause' if e.__cause__ is not None else 'none' if e.__suppress_context__ or e.__context__ is None else 'context'
        args = ','.join(hexstr(a) if isinstance(a, str) else 'i' + str(a) for a in e.args)
        print('E|' + type(e).__name__ + '|' + type(e).__module__ + '|' + link + '|' + args, file=out)
        for fs in traceback.extract_tb(e.__traceback__):
            anchors = (-1, -1)
            line = fs._original_line
            if None not in (fs.colno, fs.end_colno) and fs.lineno == fs.end_lineno:
                start = traceback._byte_offset_to_character_offset(line, fs.colno)
                end = traceback._byte_offset_to_character_offset(line, fs.end_colno)
                a = traceback._extract_caret_anchors_from_line_segment(line[start:end])
                if a:
                    anchors = tuple(len(line[:start + x].encode()) for x in a[:2])
            fields = [fs.lineno, fs.end_lineno, fs.colno, fs.end_colno, anchors[0], anchors[1]]
            print('T|' + '|'.join(str(-1 if x is None else x) for x in fields) + '|' + fs.name, file=out)
        e = e.__cause__ if link == 'cause' else e.__context__ if link == 'context' else None
def hexstr(s): return s.encode('utf-8', 'surrogatepass').hex()
sys.excepthook = _hook
'''
programs = [
    "def f(x):\n    return 1 / x\n\ndef g():\n    return f(0) + 1\n\ng()\n",
    "items = [1, 2]\nprint(items[5])\n",
    "d = {}\nd['missing']\n",
    "def r(n):\n    return r(n + 1)\nr(0)\n",
    "try:\n    1 // 0\nexcept ZeroDivisionError:\n    raise ValueError('second')\n",
    "try:\n    {}['k']\nexcept KeyError as e:\n    raise TypeError('converted') from e\n",
    "try:\n    int('x')\nexcept ValueError:\n    raise RuntimeError('quiet') from None\n",
    "raise ValueError()\n",
    "def f(a, b):\n    raise IndexError('deep')\nf(\n    1,\n    2)\n",
    "s = '\u00e9t\u00e9'\nint(s)  # a comment\n",
    "class AppError(Exception):\n    pass\n\ndef main():\n\traise AppError('boom', 2)\nmain()\n",
    "x = 10\ny = (x\n     + 'a')\n",
    "def f():\n    return [][0]\ndef g():\n    f()\n    \ng()\n",
    "assert 1 == 2, 'nope'\n",
    "import sys\ndef f(n):\n    if n == 0:\n        raise KeyError(0)\n    return f(n - 1) * 2\nf(50)\n",
    "a = {'k': [1]}\nv = a['k'][3]\n",
]
tmp = tempfile.mkdtemp()
with open(os.path.join(tmp, 'sitecustomize.py'), 'w') as f:
    f.write(HOOK)
for i, program in enumerate(programs):
    path = os.path.join(tmp, f'app{i}.py')
    with open(path, 'w') as f:
        f.write(program)
    report = os.path.join(tmp, f'report{i}')
    env = dict(os.environ, PYTHONPATH=tmp)
    run = subprocess.run(['python3', path, report], capture_output=True, text=True, env=env)
    print('P|' + hexstr(path) + '|' + hexstr(run.stderr))
    print(open(report).read(), end='')
)";

struct Program {
  std::string path, expected;
  std::vector<std::string> records;
};

TEST(Traceback, PrintsAsCPythonDoes) {
  std::vector<std::string> lines = testing::python(kDriver);
  std::vector<Program> programs;
  for (const std::string& line : lines) {
    std::vector<std::string> f = testing::split(line);
    if (f[0] == "P") programs.push_back({testing::unhex(f[1]), testing::unhex(f[2]), {}});
    else programs.back().records.push_back(line);
  }
  ASSERT_EQ(programs.size(), 16u);
  for (const Program& program : programs) {
    // Rebuild the chain, innermost link last, as the generated code would
    // have left it.
    std::deque<FrameInfo> frames;
    std::deque<std::vector<SourcePosition>> positions;
    std::deque<std::string> names;  // what the frames and classes point into
    std::deque<TypeObject> user_types;
    std::deque<std::vector<const TypeObject*>> user_mros;
    ExceptionObject* first = nullptr;
    ExceptionObject* previous = nullptr;
    std::string previous_link;
    for (const std::string& record : program.records) {
      std::vector<std::string> f = testing::split(record);
      if (f[0] == "E") {
        const TypeObject* type = builtin_exception(f[1]);
        if (!type) {  // a class of the program: Exception's subclass
          names.push_back(f[1]);
          user_mros.push_back({nullptr, &exc::Exception, &exc::BaseException, &object_type});
          user_types.push_back({names.back(), "__main__", user_mros.back(), exc::Exception.str, exc::Exception.repr});
          user_mros.back()[0] = &user_types.back();
          type = &user_types.back();
        }
        GcVector<Value> args;
        if (!f[4].empty())
          for (const std::string& arg : testing::split(f[4], ','))
            args.push_back(arg[0] == 'i' ? Value(int_from_string(arg.substr(1))) : Value(Str::from_utf8(testing::unhex(arg))));
        ExceptionObject* e = new_exception(*type, args);
        if (!first) first = e;
        if (previous) {
          if (previous_link == "cause") previous->cause = e;
          else previous->context = e;
          previous->suppress_context = previous_link == "cause" || previous_link == "none";
        }
        previous = e;
        previous_link = f[3];
      } else {
        auto n = [&](int i) { return static_cast<int32_t>(std::stoi(f[i])); };
        positions.push_back({{n(1), n(2), n(3), n(4), n(5), n(6)}});
        names.push_back(f[7]);
        frames.push_back({program.path.c_str(), names.back().c_str(), positions.back()});
        // Entries arrive outermost first; add_frame prepends, so append here.
        auto entry = static_cast<TracebackEntry*>(gc_alloc(sizeof(TracebackEntry)));
        *entry = {&frames.back(), positions.back()[0], nullptr};
        TracebackEntry** tail = &previous->traceback;
        while (*tail) tail = &(*tail)->next;
        *tail = entry;
      }
    }
    ASSERT_NE(first, nullptr) << program.path;
    EXPECT_EQ(format_uncaught(first), program.expected) << program.path;
  }
}

TEST(Traceback, FramesAddedWhileUnwindingComeOutermostFirst) {
  static const SourcePosition inner_positions[] = {{2, 2, -1, -1}};
  static const SourcePosition outer_positions[] = {{1, 1, -1, -1}, {7, 7, -1, -1}};
  static const FrameInfo inner{"nowhere.py", "inner", inner_positions};
  static const FrameInfo outer{"nowhere.py", "<module>", outer_positions};
  try {
    try {
      raise(exc::TypeError, "bad");
    } catch (const PyException& e) {
      e.add_frame(inner, 0);
      throw;
    }
  } catch (const PyException& e) {
    e.add_frame(outer, 1);
    EXPECT_EQ(format_uncaught(e.object()),
              "Traceback (most recent call last):\n"
              "  File \"nowhere.py\", line 7, in <module>\n"
              "  File \"nowhere.py\", line 2, in inner\n"
              "TypeError: bad\n");
  }
}

}  // namespace
}  // namespace ingot::rt
