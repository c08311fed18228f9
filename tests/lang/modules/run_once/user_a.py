import counter
print('user_a imported, bump ->', counter.bump())
