from datetime import datetime

cases = [
    ("2024-03-10 14:30:15", "%Y-%m-%d %H:%M:%S"),
    ("10/03/24", "%d/%m/%y"),
    ("March 5, 1999 7:05 pm", "%B %d, %Y %I:%M %p"),
    ("Tue, 03 Mar 2020 10:20:30 -0130", "%a, %d %b %Y %H:%M:%S %z"),
    ("2020-01-02T03:04:05.25Z", "%Y-%m-%dT%H:%M:%S.%f%z"),
    ("2021 060", "%Y %j"),
    ("20240229", "%Y%m%d"),
]
for text, fmt in cases:
    dt = datetime.strptime(text, fmt)
    print(repr(dt), dt.isoformat())
for text, fmt in [("2024-13-01", "%Y-%m-%d"), ("2024-02-30", "%Y-%m-%d"), ("2024-01-01 extra", "%Y-%m-%d"),
                  ("2024", "%Y %Q")]:
    try:
        datetime.strptime(text, fmt)
    except ValueError as e:
        print("ValueError", e)
