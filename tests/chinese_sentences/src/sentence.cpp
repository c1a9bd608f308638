// A file for the test of scripts/find_chinese_sentences.py: one sentence in code, the rest allowed.
// 注释里的中文句子不是代码。
/* 块注释里的也不是。 */
#include <string_view>

std::string_view language_name = "中文"; // a language's own name, two characters
std::string_view traditional_name = "繁體";
std::string_view message = "找到话题";
char comma = '、';
