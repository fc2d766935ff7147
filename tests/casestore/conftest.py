from tests.casestore.fixtures import *  # noqa: F403
