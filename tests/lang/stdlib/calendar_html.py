import calendar


class Planner(calendar.HTMLCalendar):
    cssclass_month = "planner"
    cssclass_noday = "empty"

    def __init__(self, busy):
        super().__init__(calendar.SUNDAY)
        self.busy = busy

    def formatday(self, day, weekday):
        cell = super().formatday(day, weekday)
        if day in self.busy:
            return cell.replace("</td>", " *</td>")
        return cell


print(Planner({3, 14, 29}).formatmonth(2024, 2))
print(calendar.HTMLCalendar().formatyear(2023, 4))
page = calendar.HTMLCalendar().formatyearpage(2022, 6, "style.css")
print(len(page), page[:120])


class Compact(calendar.TextCalendar):
    def formatday(self, day, weekday, width):
        if day == 0:
            return "." * width
        return super().formatday(day, weekday, width)


print(Compact(calendar.MONDAY).formatmonth(2024, 3))
print(Compact(calendar.MONDAY).formatyear(2024, 2, 1, 2, 6))
