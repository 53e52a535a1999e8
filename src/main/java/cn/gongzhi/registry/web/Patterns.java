package cn.gongzhi.registry.web;

/** Shapes of codes and logins accepted by the registry API, with the message a person sees when one is wrong. */
final class Patterns {

    static final String CODE = "[a-z][a-z0-9-]{1,31}";
    static final String CODE_MESSAGE = "编码须以小写字母开头，由小写字母、数字或连字符组成，2–32 位";
    static final String USERNAME = "[a-z][a-z0-9._-]{1,63}";
    static final String USERNAME_MESSAGE = "登录名须以小写字母开头，由小写字母、数字、点、下划线或连字符组成，2–64 位";
    static final String CATEGORY = "[A-Z][A-Z0-9_]{1,47}";
    static final String CATEGORY_MESSAGE = "事项类别编码须为大写字母、数字或下划线，如 WATER_SUPPLY";

    private Patterns() {}
}
