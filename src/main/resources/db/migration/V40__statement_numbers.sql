-- Issue 14, item 11: a statement carries a number and the day it was made (kept in its content).
CREATE SEQUENCE statement_number;
