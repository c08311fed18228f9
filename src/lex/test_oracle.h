// For tests: what `python3 FILE` reports for files holding given bytes.
//
// Each case is written to a file and run as `python3 FILE`, the way CPython
// reads files (its file tokenizer, not compile()'s); a sitecustomize module
// prints the SyntaxError's attributes, or stops the run before the code
// executes if it compiles.
#pragma once

#include <cstdio>
#include <ostream>
#include <sstream>
#include <string>
#include <vector>

#include "base/python_oracle.h"

namespace ingot::testing {

// A SyntaxError's attributes as CPython's exception holds them, 0 for None.
struct PyError {
  std::string type = "OK";  // no error
  std::string message;
  int lineno = 0, offset = 0, end_lineno = 0, end_offset = 0;

  bool operator==(const PyError&) const = default;
};

inline std::ostream& operator<<(std::ostream& out, const PyError& e) {
  return out << e.type << " '" << e.message << "' (" << e.lineno << ", " << e.offset << ", " << e.end_lineno << ", "
             << e.end_offset << ")";
}

struct PyVerdict {
  std::string path;  // the file CPython read (its name is in some messages)
  PyError error;
};

inline std::string python_bytes_literal(const std::string& bytes) {
  std::string literal = "b'";
  for (unsigned char c : bytes) {
    char escape[8];
    std::snprintf(escape, sizeof escape, "\\x%02x", c);
    literal += escape;
  }
  return literal + "'";
}

inline std::vector<PyVerdict> python_file_verdicts(const std::vector<std::string>& sources) {
  std::string script = R"(
import os, subprocess, sys, tempfile
HOOK = '''
import os, sys
def excepthook(kind, e, tb):
    if isinstance(e, SyntaxError):
        fields = [kind.__name__, e.lineno, e.offset, e.end_lineno, e.end_offset, e.msg]
        print('\t'.join('0' if f is None else str(f) for f in fields))
    else:
        print('OK')
sys.excepthook = excepthook
def audit(event, args):
    if event == 'exec' and getattr(args[0], 'co_filename', None) == sys.argv[0]:
        print('OK', flush=True)
        os._exit(0)
sys.addaudithook(audit)
'''
folder = tempfile.mkdtemp(prefix='ingot-lex-')
os.mkdir(os.path.join(folder, 'hook'))
with open(os.path.join(folder, 'hook', 'sitecustomize.py'), 'w') as f:
    f.write(HOOK)
env = dict(os.environ, PYTHONPATH=os.path.join(folder, 'hook'))
cases = [
)";
  for (const std::string& source : sources) script += "    " + python_bytes_literal(source) + ",\n";
  script += R"(]
for i, data in enumerate(cases):
    path = os.path.join(folder, 'case%d.py' % i)
    with open(path, 'wb') as f:
        f.write(data)
    run = subprocess.run([sys.executable, path], capture_output=True, env=env, timeout=60)
    result = run.stdout.decode('utf-8', 'replace').strip().split('\n')[-1]
    print(path + '\t' + result)
)";
  std::vector<PyVerdict> verdicts;
  for (const std::string& line : python_lines(script)) {
    std::istringstream fields(line);
    PyVerdict v;
    std::getline(fields, v.path, '\t');
    std::getline(fields, v.error.type, '\t');
    if (v.error.type != "OK") {
      std::string number;
      for (int* field : {&v.error.lineno, &v.error.offset, &v.error.end_lineno, &v.error.end_offset}) {
        std::getline(fields, number, '\t');
        *field = std::stoi(number);
      }
      std::getline(fields, v.error.message);
    }
    verdicts.push_back(std::move(v));
  }
  return verdicts;
}

}  // namespace ingot::testing
