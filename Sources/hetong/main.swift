import Pipeline
print("hetong: not implemented yet")
