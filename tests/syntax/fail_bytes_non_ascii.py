x = b"cafÃ©"
