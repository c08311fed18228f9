// The zlib module's native core on zlib (design: zlib_module.h). The loops
// follow CPython's zlibmodule.c: output grows in chunks until zlib stops
// filling it, and errors are worded by zlib_error()'s rules.
#include "runtime/zlib_module.h"

#include <zlib.h>

#include <climits>
#include <string>
#include <vector>

namespace ingot::rt::zlib {
namespace {

constexpr size_t kChunk = 16384;  // CPython's DEF_BUF_SIZE

struct Stream {
  z_stream z{};
  bool compressing = false;
  bool open = true;  // until deflateEnd/inflateEnd
  std::string zdict;  // a decompressor's, for when inflate asks (Z_NEED_DICT)
};

std::vector<Stream*>& streams() {
  static auto* table = new std::vector<Stream*>;
  return *table;
}

Str message(std::string_view text) { return Str::from_utf8(text); }
Str ok() { return Str::from_ascii(""); }

// CPython's zlib_error(): zlib's own message where it left one, else a
// generic one for the error code.
Str error(const z_stream& z, int err, std::string_view action) {
  const char* text = err == Z_VERSION_ERROR ? "library version mismatch" : z.msg;
  if (!text) {
    if (err == Z_BUF_ERROR) text = "incomplete or truncated stream";
    else if (err == Z_STREAM_ERROR) text = "inconsistent stream state";
    else if (err == Z_DATA_ERROR) text = "invalid input data";
  }
  std::string out = "Error " + std::to_string(err) + " " + std::string(action);
  if (text) out += std::string(": ") + text;
  return message(out);
}

int to_int(Int v) {
  std::optional<int64_t> i = v.to_int64();
  if (!i) return v.is_negative() ? INT_MIN : INT_MAX;
  return *i < INT_MIN ? INT_MIN : *i > INT_MAX ? INT_MAX : static_cast<int>(*i);
}

void give_input(z_stream& z, Bytes data) {
  z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.view().data()));
  z.avail_in = static_cast<uInt>(data.size());
}

// Runs `step` (one deflate or inflate call) until it leaves room in the
// output, at most `limit` bytes of output (0: no limit); returns zlib's
// last code.
template <typename Step>
int pump(z_stream& z, std::string& out, size_t limit, Step step) {
  int err;
  do {
    size_t room = limit ? std::min(kChunk, limit - out.size()) : kChunk;
    if (room == 0) return Z_BUF_ERROR;
    size_t had = out.size();
    out.resize(had + room);
    z.next_out = reinterpret_cast<Bytef*>(out.data() + had);
    z.avail_out = static_cast<uInt>(room);
    err = step();
    out.resize(out.size() - z.avail_out);
  } while (z.avail_out == 0 && err != Z_STREAM_END && (err == Z_OK || err == Z_BUF_ERROR));
  return err;
}

Bytes bytes_of(const std::string& s) { return Bytes::from(s); }

Stream* stream(Int code) {
  std::optional<int64_t> i = code.to_int64();
  if (!i || *i < 0 || static_cast<size_t>(*i) >= streams().size()) return nullptr;
  return streams()[static_cast<size_t>(*i)];
}

Int add(Stream* s) {
  streams().push_back(s);
  return Int(static_cast<int64_t>(streams().size() - 1));
}

Bytes remaining(const z_stream& z) {
  return Bytes::from(std::string_view(reinterpret_cast<const char*>(z.next_in), z.avail_in));
}

}  // namespace

Tuple<Bytes, Str> compress(Bytes data, Int level, Int wbits) {
  z_stream z{};
  int err = deflateInit2(&z, to_int(level), Z_DEFLATED, to_int(wbits), 8, Z_DEFAULT_STRATEGY);
  if (err == Z_MEM_ERROR) return {Bytes::from(""), message("ValueError: Out of memory while compressing data")};
  if (err == Z_STREAM_ERROR) return {Bytes::from(""), message("Bad compression level")};
  if (err != Z_OK) return {Bytes::from(""), error(z, err, "while compressing data")};
  give_input(z, data);
  std::string out;
  err = pump(z, out, 0, [&] { return deflate(&z, Z_FINISH); });
  deflateEnd(&z);
  if (err != Z_STREAM_END) return {Bytes::from(""), error(z, err, "while compressing data")};
  return {bytes_of(out), ok()};
}

Tuple<Bytes, Str> decompress(Bytes data, Int wbits, Int bufsize) {
  if (bufsize.is_negative()) return {Bytes::from(""), message("ValueError: bufsize must be non-negative")};
  z_stream z{};
  int err = inflateInit2(&z, to_int(wbits));
  if (err != Z_OK) return {Bytes::from(""), error(z, err, "while preparing to decompress data")};
  give_input(z, data);
  // All the input is there, so every call may finish, as CPython's last one.
  std::string out;
  err = pump(z, out, 0, [&] { return inflate(&z, Z_FINISH); });
  Str failure = err == Z_STREAM_END ? ok() : error(z, err, "while decompressing data");
  inflateEnd(&z);
  return {bytes_of(out), failure};
}

Tuple<Int, Str> compressor(Int level, Int method, Int wbits, Int memlevel, Int strategy, Bytes zdict) {
  auto* s = new Stream;
  s->compressing = true;
  int err = deflateInit2(&s->z, to_int(level), to_int(method), to_int(wbits), to_int(memlevel), to_int(strategy));
  if (err == Z_OK && zdict.size() > 0)
    err = deflateSetDictionary(&s->z, reinterpret_cast<const Bytef*>(zdict.view().data()), static_cast<uInt>(zdict.size()));
  if (err == Z_OK) return {add(s), ok()};
  Str failure = err == Z_STREAM_ERROR ? message("ValueError: Invalid initialization option")
                                      : error(s->z, err, "while creating compression object");
  delete s;
  return {Int(-1), failure};
}

Tuple<Int, Str> decompressor(Int wbits, Bytes zdict) {
  auto* s = new Stream;
  int err = inflateInit2(&s->z, to_int(wbits));
  // A raw stream takes its dictionary now; others when inflate asks.
  if (err == Z_OK && zdict.size() > 0 && to_int(wbits) < 0)
    err = inflateSetDictionary(&s->z, reinterpret_cast<const Bytef*>(zdict.view().data()), static_cast<uInt>(zdict.size()));
  s->zdict = zdict.view();
  if (err == Z_OK) return {add(s), ok()};
  Str failure = err == Z_STREAM_ERROR ? message("ValueError: Invalid initialization option")
                                      : error(s->z, err, "while creating decompression object");
  delete s;
  return {Int(-1), failure};
}

Tuple<Bytes, Str> compress_more(Int code, Bytes data, Int mode) {
  Stream* s = stream(code);
  bool flushing = !mode.is_negative();
  std::string_view action = flushing ? "while flushing" : "while compressing data";
  if (flushing && to_int(mode) == Z_NO_FLUSH) return {Bytes::from(""), ok()};
  if (!s || !s->open) return {Bytes::from(""), message("Error -2 " + std::string(action) + ": inconsistent stream state")};
  give_input(s->z, data);
  std::string out;
  int flush = flushing ? to_int(mode) : Z_NO_FLUSH;
  int err;
  do {
    err = pump(s->z, out, 0, [&] { return deflate(&s->z, flush); });
  } while (!flushing && err == Z_OK && s->z.avail_in > 0);
  if (flushing && flush == Z_FINISH && err == Z_STREAM_END) {
    deflateEnd(&s->z);
    s->open = false;
    return {bytes_of(out), ok()};
  }
  if (err != Z_OK && err != Z_BUF_ERROR) return {Bytes::from(""), error(s->z, err, action)};
  return {bytes_of(out), ok()};
}

Tuple<Bytes, Bytes, Bytes, bool, Str> decompress_more(Int code, Bytes data, Int max_length, bool flush) {
  Bytes none = Bytes::from("");
  Stream* s = stream(code);
  if (!s || !s->open) {
    // CPython's flush() of an ended stream returns what it is given back, empty.
    if (flush) return {none, none, none, true, ok()};
    return {none, none, none, false, message("Error -2 while decompressing data: inconsistent stream state")};
  }
  std::optional<int64_t> limit64 = max_length.to_int64();
  size_t limit = limit64 && *limit64 > 0 ? static_cast<size_t>(*limit64) : 0;
  give_input(s->z, data);
  std::string out;
  int err;
  do {
    err = pump(s->z, out, limit, [&] {
      int e = inflate(&s->z, flush ? Z_FINISH : Z_SYNC_FLUSH);
      if (e != Z_NEED_DICT || s->zdict.empty()) return e;
      e = inflateSetDictionary(&s->z, reinterpret_cast<const Bytef*>(s->zdict.data()), static_cast<uInt>(s->zdict.size()));
      return e == Z_OK ? inflate(&s->z, flush ? Z_FINISH : Z_SYNC_FLUSH) : e;
    });
  } while ((err == Z_OK || err == Z_BUF_ERROR) && s->z.avail_in > 0 && (!limit || out.size() < limit));
  Bytes left = remaining(s->z);
  bool eof = err == Z_STREAM_END;
  Bytes unused = eof ? left : none;
  if (eof && flush) {
    inflateEnd(&s->z);
    s->open = false;
  }
  if (!flush && !eof && err != Z_OK && err != Z_BUF_ERROR)
    return {none, none, none, false, error(s->z, err, "while decompressing data")};
  return {bytes_of(out), left, unused, eof, ok()};
}

}  // namespace ingot::rt::zlib
