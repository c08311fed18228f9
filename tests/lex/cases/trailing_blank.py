x = 1

   
	
# last comment