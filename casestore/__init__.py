"""casestore"""
