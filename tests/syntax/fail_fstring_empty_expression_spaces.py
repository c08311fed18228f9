x = f"a{   }b"
