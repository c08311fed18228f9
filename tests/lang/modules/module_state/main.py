import config
from config import level, settings, set_level, get_level
set_level(5)
print(level, config.level, get_level())
settings['mode'] = 'changed'
print(config.settings)
config.level = 9
print(get_level(), level)
config.new_attr = 'added from main'
print(config.new_attr, hasattr(config, 'new_attr'))
