package coop.maillage.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.lang.reflect.RecordComponent;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.core.MethodParameter;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Refuses a query parameter that an endpoint taking a parameter record ({@code @ParameterObject},
 * the analysis and export endpoints) does not know, with 400 naming it and the accepted ones, as
 * the list endpoints do: a misspelt {@code yaer=2020} would otherwise be ignored silently, and the
 * answer would be for another year than the caller thinks.
 */
@Component
class KnownParameters implements WebMvcConfigurer, HandlerInterceptor {

    /** The accepted names per handler method; empty when the method takes no parameter record. */
    private final Map<HandlerMethod, Optional<Set<String>>> accepted = new ConcurrentHashMap<>();

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).addPathPatterns("/api/**");
    }

    @Override
    public boolean preHandle(
            HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!(handler instanceof HandlerMethod method)) {
            return true;
        }
        Optional<Set<String>> names = accepted.computeIfAbsent(method, KnownParameters::names);
        if (names.isEmpty()) {
            return true;
        }
        for (String name : request.getParameterMap().keySet()) {
            if (!names.get().contains(name)) {
                throw new BadParameterException(
                        name, "unknown parameter; allowed: " + String.join(", ", names.get()));
            }
        }
        return true;
    }

    private static Optional<Set<String>> names(HandlerMethod method) {
        Set<String> names = new TreeSet<>();
        boolean record = false;
        for (MethodParameter parameter : method.getMethodParameters()) {
            Class<?> type = parameter.getParameterType();
            if (parameter.hasParameterAnnotation(ParameterObject.class) && type.isRecord()) {
                record = true;
                for (RecordComponent component : type.getRecordComponents()) {
                    names.add(component.getName());
                }
            }
            RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
            if (param != null) {
                String name = param.name().isEmpty() ? parameter.getParameterName() : param.name();
                if (name != null) {
                    names.add(name);
                }
            }
        }
        return record ? Optional.of(Set.copyOf(new TreeSet<>(names))) : Optional.empty();
    }
}
