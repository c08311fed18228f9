"""The native `_ingot_os` (runtime/os_module.h) for the checks under
CPython: only what the Python modules call directly (shutil's
disk_usage), made from CPython's os.statvfs."""
import os


def disk_usage(path):
    info = os.statvfs(path)
    return (info.f_blocks * info.f_frsize, (info.f_blocks - info.f_bfree) * info.f_frsize,
            info.f_bavail * info.f_frsize)
