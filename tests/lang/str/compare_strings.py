words = ['banana', 'Apple', 'cherry', 'apple', 'Äpfel', 'zebra', 'éclair', '', 'a', 'ab']
print(sorted(words))
print(sorted(words, key=str.lower))
print('abc' < 'abd', 'abc' < 'ab', 'B' < 'a', 'é' > 'z', '' < 'a', 'a' == 'a', 'a' != 'A')
print(max(words), min(words), 'abc' * 2 == 'abcabc')
print(sorted(['𝔘', '中', 'a', 'ÿ', '€']))
