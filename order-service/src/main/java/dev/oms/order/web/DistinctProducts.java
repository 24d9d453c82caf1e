package dev.oms.order.web;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.HashSet;
import java.util.List;

/** No product appears on two lines of one order (the quantity says how many). */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = DistinctProducts.Validator.class)
public @interface DistinctProducts {

    String message() default "each product may appear on one line only";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<DistinctProducts, List<PlaceOrderRequest.Line>> {

        @Override
        public boolean isValid(List<PlaceOrderRequest.Line> lines, ConstraintValidatorContext context) {
            if (lines == null) {
                return true;
            }
            var seen = new HashSet<Object>();
            return lines.stream()
                    .filter(l -> l != null && l.productId() != null)
                    .allMatch(l -> seen.add(l.productId()));
        }
    }
}
