class Duck:
    def speak(self):
        return "quack"

    def legs(self):
        return 2

class Robot:
    def speak(self):
        return "beep"

    def legs(self):
        return 0.0

def chorus(things):
    return [t.speak() for t in things]

zoo = [Duck(), Robot()]
songs = chorus(zoo)
total = 0
for z in zoo:
    total += z.legs()
print(songs, total)
