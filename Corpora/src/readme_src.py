def render(stats):
    return "README placeholder\n"
