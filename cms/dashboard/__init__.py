"""The learner's "Mon parcours": combines courses (progress) and quizzes (recent results).

It sits above the step apps in the layer contract, so it may import what it combines.
"""
