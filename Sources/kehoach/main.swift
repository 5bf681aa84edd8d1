print("kehoach")
