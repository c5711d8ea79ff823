import CNCurses

public enum Placeholder2 {}
