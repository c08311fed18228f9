match x:
    case y if:
        pass
