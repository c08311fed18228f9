class ConfigError(Exception):
    pass
def load(settings):
    if 'path' not in settings:
        raise ConfigError('path is required, got keys %s' % sorted(settings))
    return settings['path']
print(load({'path': '/tmp'}))
load({'verbose': True, 'debug': False})
