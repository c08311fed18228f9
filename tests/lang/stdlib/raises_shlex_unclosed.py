import shlex

print(shlex.split('ok "fine"'))
print(shlex.split('echo "never closed'))
