# one

   # indented comment
	# tabbed comment
